package io.inkwell.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.web.site.SiteMessages;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Uploads over their route's limit are answered with the 413 page before their bodies are read. */
@WebTest
class UploadLimitFilterTest {

    private static final byte[] TWO_MEGABYTES = new byte[2 * 1024 * 1024];

    @Autowired
    ThymeleafViewResolver views;
    @Autowired
    SiteMessages messages;

    private MockHttpServletResponse upload(String path, DataSize importMax, DataSize imageMax) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(TWO_MEGABYTES);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ImportUploadConfiguration.UploadLimitFilter(importMax, imageMax, views, messages).doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void anImportFileOverItsLimitGetsThePageSayingHowLargeOneMayBe() throws Exception {
        MockHttpServletResponse response = upload("/admin/import", DataSize.ofKilobytes(1), DataSize.ofMegabytes(10));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("An import file can be at most", "Nothing was imported");
    }

    @Test
    void anImportFileWithinItsLimitGoesOn() throws Exception {
        MockHttpServletResponse response = upload("/admin/import", DataSize.ofMegabytes(200), DataSize.ofKilobytes(1));

        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void anyOtherRouteKeepsTheImagesLimit() throws Exception {
        MockHttpServletResponse response = upload("/posts/new", DataSize.ofMegabytes(200), DataSize.ofKilobytes(1));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("An image can be at most");
    }
}
