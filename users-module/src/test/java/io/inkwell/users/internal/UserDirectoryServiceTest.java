package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.UserDirectory;
import io.inkwell.users.UsersTestApplication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class UserDirectoryServiceTest {

    @Autowired
    UserDirectory directory;

    @Autowired
    UserMapper users;

    @Test
    void summariesAreKeyedByIdAndDuplicatesAskedOnce() {
        UserRow ada = user("Ada", "ada@example.com");
        users.insert(ada);

        var summaries = directory.summariesOf(List.of(ada.id(), ada.id(), UUID.randomUUID()));

        assertThat(summaries).containsOnlyKeys(ada.id());
        assertThat(summaries.get(ada.id()).name()).isEqualTo("Ada");
    }

    @Test
    void noIdsMeansNoQueryAndNoSummaries() {
        assertThat(directory.summariesOf(List.of())).isEmpty();
    }

    @Test
    void singleSummaryOrNothing() {
        UserRow bob = user("Bob", "bob@example.com");
        users.insert(bob);

        assertThat(directory.summaryOf(bob.id())).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Bob"));
        assertThat(directory.summaryOf(UUID.randomUUID())).isEmpty();
    }
}
