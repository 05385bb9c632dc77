package io.github.shouldirust.cli;

import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.load.OutputFiles;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the advisor writes, checked before any question is asked, so that no quiz is answered for a
 * result or answers file that could not be written: none may replace a file the run reads, or an
 * existing file without --force, and the two may not share a file or stdout.
 *
 * @param save --save's file, '-' being stdout, or null
 * @param output --output's file, or null for stdout
 * @param inputs the files the run reads
 */
record OutputTargets(Path save, Path output, boolean force, List<Path> inputs) {
    static OutputTargets of(AdviseOptions options) {
        var inputs = new ArrayList<Path>(options.rules().files);
        if (options.answersFile() != null && !"-".equals(options.answersFile())) {
            try {
                inputs.add(Path.of(options.answersFile()));
            } catch (InvalidPathException e) {
                // not a file name at all: it was refused when read
            }
        }
        return new OutputTargets(options.saveFile(), options.outputFile(), options.force(), List.copyOf(inputs));
    }

    /** @param quiet whether the result stays off stdout (--quiet), leaving it to --save - */
    void check(boolean quiet) throws BadAnswerException {
        check("--save", save);
        check("--output", output);
        if (Dash.is(save) && !quiet && output == null) {
            throw new BadAnswerException("--save - and the result would both go to stdout; write the result with "
                    + "-o FILE, or leave it out with --quiet");
        }
        if (Dash.isFile(save) && output != null && OutputFiles.sameFile(save, output)) {
            throw new BadAnswerException("--save and --output name the same file, " + save
                    + "; the answers and the result need a file each");
        }
    }

    private void check(String option, Path file) throws BadAnswerException {
        if (!Dash.isFile(file)) {
            return;
        }
        var problem = OutputFiles.problemWith(file, force, inputs);
        if (problem.isPresent()) {
            throw new BadAnswerException(option + " " + file + ": " + problem.get());
        }
    }

    /** The files a quiz may not save its answers over: those the run reads, and the result's. */
    List<Path> taken() {
        var taken = new ArrayList<Path>(inputs);
        if (output != null) {
            taken.add(output);
        }
        return taken;
    }
}
