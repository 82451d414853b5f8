/** A small contract the extension's tests deploy. */
package io.jnear.testing.guestbook;
