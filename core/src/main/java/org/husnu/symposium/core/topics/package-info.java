/**
 * Topic areas abstracts are filed under, including the six MHLW AI priority areas.
 */
package org.husnu.symposium.core.topics;
