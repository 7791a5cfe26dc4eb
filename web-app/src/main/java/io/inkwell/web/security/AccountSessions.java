package io.inkwell.web.security;

import io.inkwell.users.RememberedLogins;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, from the sessions every instance shares (PostgreSQL): listed with
 * the device and address {@link SessionDetailsFilter} keeps, and ended one by one (with the remembered login
 * that browser had) or all but the current one.
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final RememberedLogins remembered;
    private final UserAccounts accounts;
    private final SignIn signIn;
    private final SiteMessages messages;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, RememberedLogins remembered, UserAccounts accounts,
            SignIn signIn, SiteMessages messages) {
        this.sessions = sessions;
        this.remembered = remembered;
        this.accounts = accounts;
        this.signIn = signIn;
        this.messages = messages;
    }

    /**
     * The current session first, then the others, most recently seen first. The current one is taken from the
     * request: its first indexed save happens only when this request ends.
     */
    public List<SessionView> of(UUID userId, HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        String currentId = current == null ? null : current.getId();
        List<SessionView> others = sessionsOf(userId).values().stream()
                .filter(session -> !session.getId().equals(currentId))
                .map(session -> new SessionView(session.getId(), Devices.of(session.getAttribute(SessionDetailsFilter.USER_AGENT), messages),
                        session.getAttribute(SessionDetailsFilter.ADDRESS), session.getLastAccessedTime(), false))
                .sorted(Comparator.comparing(SessionView::lastSeen, Comparator.reverseOrder()))
                .toList();
        if (current == null) {
            return others;
        }
        List<SessionView> all = new ArrayList<>();
        all.add(new SessionView(currentId, Devices.of((String) current.getAttribute(SessionDetailsFilter.USER_AGENT), messages),
                (String) current.getAttribute(SessionDetailsFilter.ADDRESS), Instant.ofEpochMilli(current.getLastAccessedTime()), true));
        all.addAll(others);
        return all;
    }

    /** Ends one session of this account (never another's); false when it has no such session. */
    public boolean end(UUID userId, String sessionId) {
        Session session = sessionsOf(userId).get(sessionId);
        if (session == null) {
            return false;
        }
        String series = session.getAttribute(HashedTokenRememberMeServices.SERIES_ATTRIBUTE);
        if (series != null) {
            remembered.forget(series);
        }
        sessions.deleteById(sessionId);
        return true;
    }

    /**
     * "Sign out everywhere else": every other session and remembered login of the account ends, on every instance
     * (the users context moves the account's session generation on); this browser stays signed in and remembered.
     */
    public void endOthers(SignedInUser me, HttpServletRequest request, HttpServletResponse response) {
        accounts.endAllSessions(me.actor());
        signIn.keepAfterPasswordChange(me.id(), request, response);
        String current = request.getSession().getId();
        sessionsOf(me.id()).keySet().stream().filter(id -> !id.equals(current)).forEach(sessions::deleteById);
    }

    private Map<String, ? extends Session> sessionsOf(UUID userId) {
        return sessions.findByPrincipalName(userId.toString());
    }
}
