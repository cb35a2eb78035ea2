/**
 * Event settings: time zone, deadlines with grace, submission limits and review policy.
 */
package org.husnu.symposium.core.event;
