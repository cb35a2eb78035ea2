/**
 * End-to-end tests of the packaged system, started as ./run.sh starts it.
 */
package org.husnu.symposium.system;
