/**
 * PDF checks: every upload is parsed by PDFBox under hard bounds on time, memory and
 * concurrency, because hostile files are normal input.
 */
package org.husnu.symposium.submission.pdf;
