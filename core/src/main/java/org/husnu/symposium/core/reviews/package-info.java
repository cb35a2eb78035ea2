/**
 * The configurable review form and reviews scored against it.
 */
package org.husnu.symposium.core.reviews;
