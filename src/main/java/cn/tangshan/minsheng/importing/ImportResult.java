package cn.tangshan.minsheng.importing;

/**
 * What an import stored.
 *
 * @param rows the data rows read from the file
 * @param changed the cells (allocations) or figures and texts (reports) whose stored
 * value changed
 * @param reports the monthly reports saved as drafts (0 for an allocation import)
 * @param months the months those reports belong to (0 for an allocation import)
 */
public record ImportResult(int rows, int changed, int reports, int months) {
}
