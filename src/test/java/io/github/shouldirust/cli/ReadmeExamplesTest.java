package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.DocPages;
import io.github.shouldirust.support.Project;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is a front door: short, the two commands a fresh clone needs on its first screen, a
 * scripted run whose output is checked, and a link to every page of docs/. Links between the pages
 * lead somewhere. (That the docs' commands run and print what they show is {@link DocsCommandsTest}.)
 */
class ReadmeExamplesTest {
    private static final int MOST_LINES = 150;
    private static final int FIRST_SCREEN = 40;
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @Test
    void theReadmeIsShort() {
        assertThat(DocPages.lines("README.md")).hasSizeLessThanOrEqualTo(MOST_LINES);
    }

    /** .ci/run runs these two as "the README's" run and test commands. */
    @Test
    void itsFirstScreenRunsTheAdvisorAndTheTests() {
        var firstScreen = DocPages.blocks("README.md").stream()
                .filter(block -> block.language().equals("sh") && block.line() <= FIRST_SCREEN)
                .flatMap(block -> block.lines().stream())
                .map(line -> line.replaceFirst("\\s+#.*", ""))
                .toList();

        assertThat(firstScreen).contains("bin/should-i-rust", "./mvnw verify");
    }

    @Test
    void itShowsAScriptedRunThatIsChecked() {
        assertThat(DocsCommandsTest.commands())
                .anyMatch(command -> command.page().equals("README.md") && command.shown() != null);
    }

    @Test
    void itLinksEveryPageOfTheDocs() {
        var links = links("README.md");

        assertThat(links)
                .containsAll(DocPages.pages().stream()
                        .filter(page -> page.startsWith("docs/"))
                        .toList())
                .contains("SECURITY.md", "LICENSE");
    }

    /** Every link to a file of the repository finds it, and every #anchor a heading of its page. */
    @Test
    void everyLinkBetweenThePagesLeadsSomewhere() {
        var pages = new ArrayList<>(DocPages.pages());
        pages.add("SECURITY.md");
        for (var page : pages) {
            for (var link : links(page)) {
                if (link.matches("[a-z]+:.*")) {
                    continue;
                }
                var hash = link.indexOf('#');
                var file = hash < 0 ? link : link.substring(0, hash);
                var target = file.isEmpty()
                        ? page
                        : Project.root()
                                .relativize(Project.root()
                                        .resolve(page)
                                        .resolveSibling(file)
                                        .normalize())
                                .toString()
                                .replace('\\', '/');
                assertThat(Files.exists(Project.root().resolve(target)))
                        .as("%s links %s", page, link)
                        .isTrue();
                if (hash >= 0) {
                    assertThat(DocPages.anchors(target))
                            .as("%s links %s", page, link)
                            .contains(link.substring(hash + 1));
                }
            }
        }
    }

    private static List<String> links(String page) {
        var links = new ArrayList<String>();
        for (var line : DocPages.prose(page)) {
            var matcher = LINK.matcher(line);
            while (matcher.find()) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }
}
