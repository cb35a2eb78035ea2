/**
 * The chairs' decisions, held until released to the authors.
 */
package org.husnu.symposium.core.decisions;
