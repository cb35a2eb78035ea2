/**
 * Who is asking: the signed-in account as the features see it ({@link CurrentActor}), the
 * secrets of login links and API tokens, and the hook by which the service that owns
 * accounts redeems login links. The filter chain that establishes it is in
 * {@code httpsecurity}, which depends on the features; this package depends on none.
 */
package org.husnu.symposium.platform.security;
