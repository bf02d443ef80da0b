/**
 * Progress bulletins (进展情况通报): the coordinator drafts one for a month from the
 * dashboard's figures, edits its text and issues it; issuing numbers it (第N期) and freezes
 * text and figures. Everyone signed in reads issued bulletins as a print view, a Word
 * file or a PDF.
 */
package cn.tangshan.minsheng.bulletin;
