/**
 * People who may log in, their roles and the pre-registration list that makes them
 * eligible.
 */
package org.husnu.symposium.core.accounts;
