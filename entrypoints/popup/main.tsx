import { render } from "preact";
import "../../components/popup/popup.css";
import { Popup } from "../../components/popup/popup";

render(<Popup />, document.getElementById("app")!);
