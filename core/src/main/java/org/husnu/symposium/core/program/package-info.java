/**
 * The oral program: sessions, talk slots and breaks.
 */
package org.husnu.symposium.core.program;
