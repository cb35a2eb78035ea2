/**
 * Languages of the event and texts that carry all three of them.
 */
package org.husnu.symposium.core.i18n;
