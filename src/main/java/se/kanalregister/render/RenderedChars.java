package se.kanalregister.render;

/**
 * What a caller makes of a rendered text, read straight from the render's buffer: a text that
 * is tidied or measured before it is kept is then copied once, not first into a string.
 *
 * @param <T> what is made of the text
 */
@FunctionalInterface
public interface RenderedChars<T> {

    /**
     * @param chars  the buffer, valid only during the call (it is reused by the next render):
     *               neither keep it nor write to it
     * @param length how many of its chars the render wrote
     */
    T read(char[] chars, int length);
}
