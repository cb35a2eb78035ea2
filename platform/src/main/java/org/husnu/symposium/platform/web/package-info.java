/**
 * The page layout both services share.
 */
package org.husnu.symposium.platform.web;
