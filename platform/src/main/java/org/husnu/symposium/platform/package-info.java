/**
 * The runtime both services share: reference data, problem details, page layout.
 */
package org.husnu.symposium.platform;
