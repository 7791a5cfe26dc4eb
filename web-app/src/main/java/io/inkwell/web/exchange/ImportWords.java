package io.inkwell.web.exchange;

import io.inkwell.db.Refusal;
import io.inkwell.exchange.SkippedItem;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteMessages;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What an import said (a report line's reason, why a run stopped) in the site's language of the day the page is read:
 * the bundles' words for the stored refusal, a moment in it written as the site writes dates. An entry kept before
 * the import stored its words has its English only, which is shown as it is.
 */
@Component
class ImportWords {

    private final SiteMessages messages;
    private final CurrentSite site;

    ImportWords(SiteMessages messages, CurrentSite site) {
        this.messages = messages;
        this.site = site;
    }

    String say(Refusal words, String english) {
        if (words == null) {
            return english;
        }
        Object[] arguments = Arrays.stream(words.getArguments())
                .map(argument -> argument instanceof Instant instant ? site.view().dateTime(instant) : argument).toArray();
        return messages.getMessage(new DefaultMessageSourceResolvable(words.getCodes(), arguments, words.getDefaultMessage()));
    }

    ImportReportLine line(SkippedItem item) {
        return new ImportReportLine(item.kind(), item.sourceId(), item.title(), say(item.reasonWords(), item.reason()));
    }
}
