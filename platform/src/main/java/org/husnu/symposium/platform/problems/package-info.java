/**
 * Errors as RFC 9457 problem details with stable type URIs.
 */
package org.husnu.symposium.platform.problems;
