/**
 * Configuration shared by the MapStruct mappers of both services.
 */
package org.husnu.symposium.core.mapping;
