/**
 * Review service. Today its landing page and the store of reviewer profiles; the review
 * issues add reviewers' pages, conflicts, assignment, scoring, decisions, program and
 * exports.
 */
package org.husnu.symposium.review;
