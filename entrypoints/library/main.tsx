import { render } from "preact";
import "../../components/library/library.css";
import "../../components/relation-labels.css";
import { LibraryPage } from "../../components/library/library-page";

render(<LibraryPage />, document.getElementById("app")!);
