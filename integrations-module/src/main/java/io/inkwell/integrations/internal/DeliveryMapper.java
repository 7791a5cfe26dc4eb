package io.inkwell.integrations.internal;

import io.inkwell.integrations.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeliveryMapper {

    /**
     * One delivery of this event for every webhook subscribed to its type, in one statement; an event heard again
     * writes nothing twice. Returns how many were written.
     */
    int insertForSubscribers(@Param("eventId") UUID eventId, @Param("eventType") String eventType,
                             @Param("payload") String payload);

    /** A copy of delivery {@code originalId}'s event and body, due now, under {@code id}. */
    int insertRedelivery(@Param("id") UUID id, @Param("originalId") UUID originalId);

    Optional<DeliveryRow> selectById(@Param("id") UUID id);

    /** A webhook's deliveries older than {@code before} (all when null), newest first. */
    List<DeliveryRow> selectPage(@Param("webhookId") UUID webhookId, @Param("before") UUID before, @Param("limit") int limit);

    /**
     * Claims up to {@code limit} due deliveries (pending and due, or sending with a lapsed claim), oldest first:
     * marks them sending until {@code leaseSeconds} from now and counts the attempt. Rows another worker holds
     * locked are skipped, so no two workers claim the same delivery.
     */
    List<ClaimedDelivery> claimDue(@Param("limit") int limit, @Param("leaseSeconds") int leaseSeconds);

    /**
     * What an attempt gave, if the claim is still the worker's ({@code attempts} unchanged, still sending).
     * {@code nextAttemptAt} is null unless the status is pending.
     */
    int recordAttempt(@Param("id") UUID id, @Param("attempts") int attempts, @Param("status") DeliveryStatus status,
                      @Param("nextAttemptAt") Instant nextAttemptAt, @Param("responseCode") Integer responseCode,
                      @Param("durationMs") int durationMs, @Param("error") String error);

    /** Removes up to {@code limit} delivered or failed deliveries made before {@code before}. */
    int deleteFinishedBefore(@Param("before") Instant before, @Param("limit") int limit);
}
