package io.inkwell.mail.internal;

import io.inkwell.mail.MailListItem;
import io.inkwell.mail.MailMessageView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MailMessageMapper {

    int insert(@Param("id") UUID id, @Param("mail") OutgoingMail mail);

    /**
     * The next message due, locked; a message another worker holds is skipped, not waited for, so workers on
     * several instances never take the same one.
     */
    Optional<MailMessageRow> selectNextDueForUpdate();

    int markSent(@Param("id") UUID id);

    /** A failed attempt: {@code status} failing (tried again after {@code retryInSeconds}) or given_up. */
    int markFailed(@Param("id") UUID id, @Param("status") String status, @Param("attempts") int attempts,
            @Param("retryInSeconds") long retryInSeconds, @Param("error") String error);

    /** Newest first; meant to be paged. */
    List<MailListItem> selectListItems();

    Optional<MailMessageView> selectViewById(@Param("id") UUID id);

    /** Due now with a fresh round of attempts; 0 for an unknown or sent message. */
    int retry(@Param("id") UUID id);

    long countUnsent();

    /** Sent messages older than {@code days}, at most {@code limit} of them. */
    int deleteSentOlderThan(@Param("days") int days, @Param("limit") int limit);
}
