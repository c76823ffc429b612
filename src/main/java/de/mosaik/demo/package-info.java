/** Demo tenants and accounts, so that a newcomer can explore Mosaik right after the first start. */
@NullMarked
package de.mosaik.demo;

import org.jspecify.annotations.NullMarked;
