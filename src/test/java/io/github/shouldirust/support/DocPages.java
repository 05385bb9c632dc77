package io.github.shouldirust.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The user docs (README.md and docs/*.md), read as Markdown pages of prose and fenced code blocks. */
public final class DocPages {
    private DocPages() {}

    /** A fenced block: its page (relative to the project root), the line of its first content line, its language. */
    public record Block(String page, int line, String language, List<String> lines) {
        @Override
        public String toString() {
            return page + ":" + line;
        }
    }

    /** README.md, then docs/*.md in name order, relative to the project root. */
    public static List<String> pages() {
        try (Stream<Path> docs = Files.list(Project.root().resolve("docs"))) {
            var pages = new ArrayList<String>();
            pages.add("README.md");
            docs.map(path -> "docs/" + path.getFileName())
                    .filter(name -> name.endsWith(".md"))
                    .sorted()
                    .forEach(pages::add);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(String page) {
        try {
            return Files.readAllLines(Project.root().resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's fenced blocks in order. A fence may be indented (in a list item); its content loses that
     * indentation.
     */
    public static List<Block> blocks(String page) {
        var lines = lines(page);
        var blocks = new ArrayList<Block>();
        for (int i = 0; i < lines.size(); i++) {
            var fence = lines.get(i).stripLeading();
            if (!fence.startsWith("```")) {
                continue;
            }
            var indent = lines.get(i).length() - fence.length();
            var content = new ArrayList<String>();
            int start = i + 1;
            for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                var line = lines.get(i);
                content.add(line.substring(
                        Math.min(indent, line.length() - line.stripLeading().length())));
            }
            blocks.add(new Block(page, start + 1, fence.substring(3).strip(), List.copyOf(content)));
        }
        return blocks;
    }

    /** The page's lines outside fenced blocks (a fence's own lines included, as blank lines). */
    public static List<String> prose(String page) {
        var prose = new ArrayList<String>();
        boolean fenced = false;
        for (var line : lines(page)) {
            var fence = line.strip().startsWith("```");
            prose.add(fenced || fence ? "" : line);
            if (fence) {
                fenced = !fenced;
            }
        }
        return prose;
    }

    /** The anchors of the page's headings, as GitHub makes them: lower case, punctuation dropped, '-' for spaces. */
    public static Set<String> anchors(String page) {
        return prose(page).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    /** Whether only blank lines stand between the end of {@code first} and the start of {@code second}. */
    public static boolean adjacent(Block first, Block second) {
        var lines = lines(first.page());
        // first.line() - 1 is its first content line (0-based); the closing fence follows its content.
        int after = first.line() - 1 + first.lines().size() + 1;
        int before = second.line() - 2;
        return first.page().equals(second.page())
                && lines.subList(after, before).stream().allMatch(String::isBlank);
    }
}
