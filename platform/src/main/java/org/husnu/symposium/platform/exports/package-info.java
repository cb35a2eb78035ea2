/**
 * What every export of both services shares, so a file opens the same and as safely
 * wherever it was made.
 */
package org.husnu.symposium.platform.exports;
