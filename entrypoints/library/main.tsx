import '../../components/panel/panel.css';
import '../../components/library/library.css';
import { mountWithSettings } from '../../components/shared/mount';
import { App } from './App';

mountWithSettings(App);
