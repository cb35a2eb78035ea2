/**
 * Reading an abstract for review: the page, its JSON and the current PDF, for chairs and
 * for the reviewers it is assigned to (blind when the event runs blind review); the
 * review form of issue 12 builds on this page.
 */
package org.husnu.symposium.review.reading;
