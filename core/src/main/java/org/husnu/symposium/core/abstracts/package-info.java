/**
 * Abstracts, their ordered authors and the lifecycle that moves them from draft to
 * decision.
 */
package org.husnu.symposium.core.abstracts;
