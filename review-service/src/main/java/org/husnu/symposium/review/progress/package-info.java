/**
 * Reviewing progress for chairs (completion per reviewer and per abstract), reminders a
 * chair previews and sends, and the daily reminder of overdue reviewers that runs on one
 * instance at a time.
 */
package org.husnu.symposium.review.progress;
