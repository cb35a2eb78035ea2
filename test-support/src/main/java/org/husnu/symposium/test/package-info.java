/**
 * Test fixtures shared by every module: the embedded store for tests and the HTTP
 * contract both services keep.
 */
package org.husnu.symposium.test;
