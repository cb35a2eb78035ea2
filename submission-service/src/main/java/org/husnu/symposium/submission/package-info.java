/**
 * Submission service: registration, login, abstracts and their checked PDFs.
 */
package org.husnu.symposium.submission;
