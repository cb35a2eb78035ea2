/**
 * Abstracts: drafts, edits, PDF versions, submission and withdrawal under the deadline,
 * receipts, and the chairs' overview and exports.
 */
package org.husnu.symposium.submission.abstracts;
