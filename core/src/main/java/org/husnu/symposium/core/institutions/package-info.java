/**
 * Member institutions, their verified mail domains and the rules for e-mail addresses.
 */
package org.husnu.symposium.core.institutions;
