package io.inkwell.integrations;

/** No API key, webhook or delivery with this id. */
public class IntegrationNotFoundException extends RuntimeException {

    public IntegrationNotFoundException(String message) {
        super(message);
    }
}
