"""The application's frame: the main window, the page list and the File menu. The only UI
package that may import the feature rooms."""
