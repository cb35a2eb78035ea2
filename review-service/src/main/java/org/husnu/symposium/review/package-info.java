/**
 * Review service: reviewers, conflicts, assignment, scoring, decisions, program and
 * exports.
 */
package org.husnu.symposium.review;
