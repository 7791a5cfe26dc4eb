package io.inkwell.web.exchange;

import io.inkwell.exchange.ImportItemKind;

/** A line of the import page's report: the item (its title empty when it had none) and why, in the site's words. */
record ImportReportLine(ImportItemKind kind, String sourceId, String title, String why) {
}
