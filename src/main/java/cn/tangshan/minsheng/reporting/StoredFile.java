package cn.tangshan.minsheng.reporting;

/**
 * A stored file as it is sent to a browser.
 *
 * @param fileName the safe name it was stored under, with an extension matching its
 * content
 * @param contentType the type found from the content itself at upload
 */
public record StoredFile(String fileName, String contentType, byte[] content) {

	/**
	 * The extension of the file name, with its dot (".jpg").
	 */
	public String extension() {
		int dot = this.fileName.lastIndexOf('.');
		return (dot >= 0) ? this.fileName.substring(dot) : "";
	}

}
