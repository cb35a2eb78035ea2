/**
 * The published program for everyone, without login: the page, its JSON, the iCalendar
 * file, the program PDF and the book of abstracts, and the PDF engine they print with.
 */
package org.husnu.symposium.review.publication;
