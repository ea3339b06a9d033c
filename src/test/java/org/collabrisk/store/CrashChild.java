package org.collabrisk.store;

import org.collabrisk.bench.SampleCases;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.service.CaseService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: imports batches of cases and revises earlier ones in a loop until
 * it is killed. Batch {@code k} of round {@code r} holds cases {@code r<r>-b<k>-0..4}, saved in one transaction.
 */
public final class CrashChild {
    public static final int BATCH = 5;

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String round = args[1];
        try (Database database = Database.open(db)) {
            CaseService service = new CaseService(database, "crash-child");
            System.out.println("ready");
            System.out.flush();
            for (int k = 0; ; k++) {
                List<ResearchCase> batch = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    batch.add(SampleCases.generate(round + "-b" + k, i, k));
                }
                service.saveAll(batch);
                // reported after the commit returned: the parent checks these batches survive the kill
                System.out.println("committed " + k);
                System.out.flush();
                if (k > 0) {
                    // a new revision of a case from the previous batch, in its own transaction
                    ResearchCase earlier = SampleCases.generate(round + "-b" + (k - 1), k % BATCH, k - 1);
                    service.save(earlier.withTitle(earlier.title() + " (revised " + k + ")"));
                }
            }
        }
    }
}
