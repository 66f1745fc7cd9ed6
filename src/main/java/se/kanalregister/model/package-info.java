/**
 * The register as immutable records, built once by the loader and read by every renderer.
 *
 * <p>Null policy (the whole code base follows it): a record component documented as
 * optional is null when the input leaves it out; lists are never null (empty instead);
 * methods never return null unless their Javadoc says "or null".
 *
 * <p>Public and internal data live in different records on purpose: {@link
 * se.kanalregister.model.Channel} holds only what may be published, {@link
 * se.kanalregister.model.InternalInfo} what may not. The public site is rendered from
 * {@code Channel} values alone, so an internal field cannot leak by a template mistake.
 */
package se.kanalregister.model;
