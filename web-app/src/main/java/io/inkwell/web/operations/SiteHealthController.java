package io.inkwell.web.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /actuator/health} on the site's port, for load balancers and uptime checks that can only reach
 * that port: the status alone ({@code {"status":"UP"}}, 503 when down), none of the components or details
 * that the management port's health shows.
 */
@Controller
class SiteHealthController {

    /** What the site's port tells about its health. */
    record SiteHealth(String status) {
    }

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper statusCodes;

    SiteHealthController(HealthEndpoint health, ObjectProvider<HttpCodeStatusMapper> statusCodes) {
        this.health = health;
        this.statusCodes = statusCodes.getIfAvailable(() -> HttpCodeStatusMapper.DEFAULT);
    }

    /** JSON whatever the client accepts: a monitor asking for HTML still learns whether the site is up. */
    @GetMapping("/actuator/health")
    ResponseEntity<SiteHealth> health() {
        Status status = health.health().getStatus();
        return ResponseEntity.status(statusCodes.getStatusCode(status)).contentType(MediaType.APPLICATION_JSON)
                .body(new SiteHealth(status.getCode()));
    }
}
