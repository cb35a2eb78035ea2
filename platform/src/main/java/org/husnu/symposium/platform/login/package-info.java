/**
 * Passwordless login: one-time links by mail, stored hashed in MongoDB so any instance
 * redeems them, rate-limited per address and per client, without revealing who has an
 * account.
 */
package org.husnu.symposium.platform.login;
