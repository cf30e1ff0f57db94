/**
 * Opening a script (issue 15): read it into a breakdown and show the preview. Loaded on demand.
 * Returns true when the file was taken (a preview is shown), false when it was refused (and said why).
 */
export async function openScript(file: File): Promise<boolean> {
  void file
  return false
}
