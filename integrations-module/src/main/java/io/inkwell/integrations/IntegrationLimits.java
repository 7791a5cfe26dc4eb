package io.inkwell.integrations;

/**
 * The integrations context's limits: checked by its services, its forms and templates, and by the schema's
 * CHECK constraints (SchemaLimitsTest writes one character over each).
 */
public final class IntegrationLimits {

    public static final int KEY_NAME_MAX = 100;
    public static final int ORIGINS_PER_KEY_MAX = 20;
    /** The origins field as typed: twenty origins of a reasonable length, one per line. */
    public static final int ORIGINS_TEXT_MAX = 2000;
    public static final int WEBHOOK_URL_MAX = 2000;
    public static final int WEBHOOK_SECRET_MIN = 16;
    public static final int WEBHOOK_SECRET_MAX = 200;
    /** What the delivery log keeps of a failure's message. */
    public static final int DELIVERY_ERROR_MAX = 500;

    private IntegrationLimits() {
    }
}
