/**
 * Demo data shared by both services' demo profiles.
 */
package org.husnu.symposium.platform.demo;
