/**
 * Shared domain of the symposium: every document both services read or write, and the
 * rules that keep them valid, usable without Spring web.
 */
package org.husnu.symposium.core;
